using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace KratomArticle.Benchmarks;

/// <summary>
/// <c>hugo server</c> with its defaults (pages rendered to memory, fast render mode), on a free port of 127.0.0.1. Its
/// live-reload protocol is not spoken here: after a save the benchmark asks for the page until it shows the save.
/// </summary>
internal sealed partial class HugoServer : SiteServer
{
    private HugoServer(string siteRoot, int port)
        : base(new ProcessStartInfo("hugo", ["server", "--source", siteRoot, "--bind", "127.0.0.1", "--port", port.ToString(CultureInfo.InvariantCulture)]))
    {
    }

    public override string Name => "hugo server";

    public static async Task<SiteServer> StartAsync(string siteRoot)
    {
        var server = new HugoServer(siteRoot, FreePort());
        try
        {
            await server.ReadAddressAsync(AvailableLine());
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    [GeneratedRegex(@"Web Server is available at (?<url>\S+)")]
    private static partial Regex AvailableLine();
}
