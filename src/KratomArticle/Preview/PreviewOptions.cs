using System.Net;
using KratomArticle.Engine;

namespace KratomArticle.Preview;

/// <summary>What to preview and where to serve it.</summary>
/// <param name="Build">The site to build; without a base URL override the preview uses its own address.</param>
/// <param name="Address">The address to listen on: loopback unless the user names another.</param>
/// <param name="Port">The port to listen on; 0 picks a free one.</param>
/// <param name="Verbose">Whether each rebuild logs its pipeline stages.</param>
internal sealed record PreviewOptions(BuildOptions Build, IPAddress Address, int Port, bool Verbose);
