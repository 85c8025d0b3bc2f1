using System.Collections.Concurrent;
using System.Net.WebSockets;
using Microsoft.AspNetCore.Http;

namespace KratomArticle.Preview;

/// <summary>
/// The open pages' WebSocket connections: each page is greeted with the current state on connecting, and every
/// message after a rebuild goes to all of them. Only pages from the preview's own origin may connect.
/// </summary>
/// <param name="greeting">What a page is told when it connects.</param>
/// <param name="stopping">Ends every connection when the server stops, so shutdown does not wait for pages to close them.</param>
internal sealed class LiveReloadHub(Func<IEnumerable<LiveReloadMessage>> greeting, CancellationToken stopping)
{
    private static readonly TimeSpan SendTimeout = TimeSpan.FromSeconds(5);

    // Each socket's gate lets one message be sent at a time, as WebSocket requires.
    private readonly ConcurrentDictionary<WebSocket, SemaphoreSlim> _pages = new();

    public async Task AcceptAsync(HttpContext http)
    {
        if (!http.WebSockets.IsWebSocketRequest)
        {
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        if (!IsFromOwnOrigin(http.Request))
        {
            http.Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }

        using var socket = await http.WebSockets.AcceptWebSocketAsync();
        var gate = new SemaphoreSlim(1, 1);
        _pages[socket] = gate;
        try
        {
            foreach (var message in greeting())
            {
                await SendAsync(socket, gate, message.ToUtf8());
            }

            using var ended = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, stopping);
            await ReceiveUntilClosedAsync(socket, ended.Token);
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
            // The page went away, or the server is stopping.
        }
        finally
        {
            _pages.TryRemove(socket, out _);
        }
    }

    public Task BroadcastAsync(LiveReloadMessage message)
    {
        var json = message.ToUtf8();
        return Task.WhenAll(_pages.Select(page => SendAsync(page.Key, page.Value, json)));
    }

    private static bool IsFromOwnOrigin(HttpRequest request) =>
        request.Headers.Origin is [{ } origin] && string.Equals(origin, $"{request.Scheme}://{request.Host}", StringComparison.OrdinalIgnoreCase);

    private static async Task ReceiveUntilClosedAsync(WebSocket socket, CancellationToken cancellationToken)
    {
        var buffer = new byte[256];
        while (socket.State == WebSocketState.Open)
        {
            var received = await socket.ReceiveAsync(buffer.AsMemory(), cancellationToken);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, cancellationToken);
            }
        }
    }

    private static async Task SendAsync(WebSocket socket, SemaphoreSlim gate, ReadOnlyMemory<byte> json)
    {
        await gate.WaitAsync();
        try
        {
            using var timeout = new CancellationTokenSource(SendTimeout);
            await socket.SendAsync(json, WebSocketMessageType.Text, endOfMessage: true, timeout.Token);
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // A page that cannot take a message is dropped; it reconnects, and is greeted with the current state, if it is still open.
            socket.Abort();
        }
        finally
        {
            gate.Release();
        }
    }
}
