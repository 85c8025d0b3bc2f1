using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Threading.Channels;
using KratomArticle.Preview;

namespace KratomArticle.Testing;

/// <summary>
/// An open page's live-reload connection, read all along: every message is kept, and whoever saves can wait for the
/// reload that follows. A page reads its socket all the time, so the preview never waits on an unread one.
/// </summary>
internal sealed class LiveReloadRecorder : IAsyncDisposable
{
    private readonly LiveReloadClient _page;
    private readonly ConcurrentQueue<LiveReloadMessage> _messages = new();
    private readonly Channel<LiveReloadMessage> _reloads = Channel.CreateUnbounded<LiveReloadMessage>();
    private readonly Task _listening;

    private LiveReloadRecorder(LiveReloadClient page)
    {
        _page = page;
        _listening = ListenAsync();
    }

    /// <summary>Every message after the greeting, in order.</summary>
    public IReadOnlyCollection<LiveReloadMessage> Messages => _messages;

    public int Reloads => _messages.Count(m => m.Type == "reload");

    /// <summary>Connects as a page of the site does, and waits for the greeting.</summary>
    public static async Task<LiveReloadRecorder> ConnectAsync(Uri siteUrl, TimeSpan timeout)
    {
        var page = await LiveReloadClient.ConnectAsync(siteUrl);
        await page.WaitForAsync("hello", timeout);
        return new LiveReloadRecorder(page);
    }

    /// <summary>The next reload message not yet taken; fails when none comes within <paramref name="timeout"/>.</summary>
    public async Task<LiveReloadMessage> NextReloadAsync(TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        return await _reloads.Reader.ReadAsync(deadline.Token);
    }

    /// <summary>Closes the connection; <see cref="Messages"/> then holds everything the page was sent.</summary>
    public async ValueTask DisposeAsync()
    {
        await _page.DisposeAsync();
        await _listening;
    }

    private async Task ListenAsync()
    {
        try
        {
            while (true)
            {
                var message = await _page.NextAsync(Timeout.InfiniteTimeSpan);
                _messages.Enqueue(message);
                if (message.Type == "reload")
                {
                    _reloads.Writer.TryWrite(message);
                }
            }
        }
        catch (Exception e) when (e is WebSocketException or ObjectDisposedException or OperationCanceledException)
        {
            // The connection was closed, by this side or by the preview.
        }
    }
}
