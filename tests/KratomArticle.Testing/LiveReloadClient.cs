using System.Buffers;
using System.Diagnostics;
using System.Net.WebSockets;
using KratomArticle.Preview;

namespace KratomArticle.Testing;

/// <summary>What an open page's live-reload script does, minus the page: it connects to the preview and reads its messages.</summary>
internal sealed class LiveReloadClient : IAsyncDisposable
{
    private readonly ClientWebSocket _socket;

    private LiveReloadClient(ClientWebSocket socket) => _socket = socket;

    /// <param name="origin">The Origin header to send; a page of the site sends the site's own.</param>
    public static async Task<LiveReloadClient> ConnectAsync(Uri siteUrl, string? origin = null)
    {
        var socket = new ClientWebSocket();
        socket.Options.SetRequestHeader("Origin", origin ?? siteUrl.GetLeftPart(UriPartial.Authority));
        socket.Options.CollectHttpResponseDetails = true;
        try
        {
            await socket.ConnectAsync(SocketUrl(siteUrl), CancellationToken.None);
        }
        catch
        {
            socket.Dispose();
            throw;
        }

        return new LiveReloadClient(socket);
    }

    private static Uri SocketUrl(Uri siteUrl) => new UriBuilder(siteUrl) { Scheme = "ws", Path = LiveReloadScript.SocketPath }.Uri;

    /// <summary>The next message; fails when none comes within <paramref name="timeout"/>.</summary>
    public async Task<LiveReloadMessage> NextAsync(TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        var json = new ArrayBufferWriter<byte>();
        ValueWebSocketReceiveResult received;
        do
        {
            received = await _socket.ReceiveAsync(json.GetMemory(4096), deadline.Token);
            json.Advance(received.Count);
        }
        while (!received.EndOfMessage);

        return received.MessageType == WebSocketMessageType.Close
            ? throw new WebSocketException("The preview closed the connection.")
            : LiveReloadMessage.FromUtf8(json.WrittenSpan) ?? throw new InvalidDataException("The preview sent an empty message.");
    }

    /// <summary>Reads messages until one of <paramref name="type"/> comes, and returns it.</summary>
    public async Task<LiveReloadMessage> WaitForAsync(string type, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var message = await NextAsync(timeout > clock.Elapsed ? timeout - clock.Elapsed : TimeSpan.Zero);
            if (message.Type == type)
            {
                return message;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(1));
            await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or InvalidOperationException)
        {
            // Already closed or aborted, or the server is gone.
        }

        _socket.Dispose();
    }
}
