using System.Text.Json;

namespace KratomArticle.Preview;

/// <summary>What the preview tells its open pages, as JSON over the live-reload socket.</summary>
/// <param name="Type"><c>hello</c> on connecting, <c>reload</c> after a good build, <c>errors</c> after a failed one.</param>
/// <param name="Build">The id of the build the server serves; a page showing another build reloads.</param>
internal sealed record LiveReloadMessage(string Type, string Build)
{
    /// <summary>For <c>reload</c>: the URL path of the page whose section was saved.</summary>
    public string? Page { get; init; }

    /// <summary>For <c>reload</c>: the id of the saved section's heading, to scroll to when it is not in view.</summary>
    public string? Section { get; init; }

    /// <summary>For <c>errors</c>: each problem as the console prints it.</summary>
    public IReadOnlyList<string>? Errors { get; init; }

    public static LiveReloadMessage Hello(string build) => new("hello", build);

    public static LiveReloadMessage Reload(string build, ScrollTarget? target) =>
        new("reload", build) { Page = target?.PagePath, Section = target?.SectionId };

    public static LiveReloadMessage Failed(string build, IReadOnlyList<string> errors) => new("errors", build) { Errors = errors };

    public byte[] ToUtf8() => JsonSerializer.SerializeToUtf8Bytes(this, LiveReloadJson.Default.LiveReloadMessage);

    public static LiveReloadMessage? FromUtf8(ReadOnlySpan<byte> json) => JsonSerializer.Deserialize(json, LiveReloadJson.Default.LiveReloadMessage);
}
