using System.CommandLine;
using System.ComponentModel;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using KratomArticle.Preview;
using KratomArticle.Reporting;
using Microsoft.AspNetCore.Connections;

namespace KratomArticle.Cli;

/// <summary><c>preview</c>: serves the site, rebuilds it on every save and reloads the open pages, until Ctrl+C.</summary>
internal sealed class PreviewCommand
{
    public const int DefaultPort = 5080;

    private readonly SiteOptions _site = new();

    private readonly Option<int> _port = new("--port")
    {
        Description = "The port to serve on; 0 picks a free one",
        HelpName = "N",
        DefaultValueFactory = _ => DefaultPort,
    };

    private readonly Option<string?> _host = new("--host")
    {
        Description = "The address to listen on, e.g. 0.0.0.0 for every network interface [default: localhost, this computer only]",
        HelpName = "ADDR",
    };

    private readonly Option<bool> _open = new("--open") { Description = "Open the site in the default browser" };

    public static Command Create(CliConsole console)
    {
        var command = new Command("preview", "Serve the site, rebuild it on every save and reload the open pages");
        new PreviewCommand().Configure(command, console);
        return command;
    }

    private void Configure(Command command, CliConsole console)
    {
        _site.AddTo(command);
        command.Options.Add(_port);
        command.Options.Add(_host);
        command.Options.Add(_open);
        command.SetAction((result, cancellationToken) => CommandRunner.RunAsync(console, () => ExecuteAsync(result, console, cancellationToken)));
    }

    private async Task<int> ExecuteAsync(ParseResult result, CliConsole console, CancellationToken cancellationToken)
    {
        var port = result.GetValue(_port);
        if (port is < 0 or > IPEndPoint.MaxPort)
        {
            throw new UsageException($"--port must be between 0 and {IPEndPoint.MaxPort}, not {port}.");
        }

        var options = new PreviewOptions(_site.Resolve(result, console.WorkingDirectory), ParseHost(result.GetValue(_host)), port, result.GetValue(_site.Verbose));
        await using var server = await StartAsync(options, console, cancellationToken);
        await console.Out.WriteLineAsync($"Serving the site at {server.Url} - saves rebuild it and reload the page. Press Ctrl+C to stop.");
        if (result.GetValue(_open))
        {
            OpenBrowser(server.Url, console);
        }

        await server.Stopped;
        return ExitCodes.Success;
    }

    private static async Task<PreviewServer> StartAsync(PreviewOptions options, CliConsole console, CancellationToken cancellationToken)
    {
        try
        {
            return await PreviewServer.StartAsync(options, console, cancellationToken);
        }
        catch (IOException e) when (e.InnerException is AddressInUseException)
        {
            throw new UsageException($"Port {options.Port} is in use; choose another with --port.");
        }
        catch (Exception e) when (e is IOException or SocketException)
        {
            throw new UsageException($"Cannot listen on {options.Address} port {options.Port}: {e.Message} (--host, --port).");
        }
    }

    private static IPAddress ParseHost(string? host) => host switch
    {
        null or "localhost" => IPAddress.Loopback,
        _ when IPAddress.TryParse(host, out var address) => address,
        _ => throw new UsageException($"--host must be an IP address (0.0.0.0 for every network interface) or localhost, not '{host}'."),
    };

    /// <summary>Opens the URL with the system's handler (xdg-open on Linux); failing to is a warning, not a reason to stop.</summary>
    private static void OpenBrowser(Uri url, CliConsole console)
    {
        try
        {
            Process.Start(new ProcessStartInfo(url.AbsoluteUri) { UseShellExecute = true })?.Dispose();
        }
        catch (Exception e) when (e is Win32Exception or InvalidOperationException or PlatformNotSupportedException)
        {
            console.Error.WriteLine($"warning: Could not open a browser ({e.Message}); open {url} yourself.");
        }
    }
}
