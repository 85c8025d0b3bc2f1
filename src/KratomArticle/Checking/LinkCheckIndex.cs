namespace KratomArticle.Checking;

/// <summary>
/// The link check's results kept between builds: each HTML file's problems and the files its links were looked up as,
/// and the reverse, which files' links looked up a path, so a rebuild checks again only the files a change may concern.
/// </summary>
internal sealed class LinkCheckIndex
{
    private readonly Dictionary<string, LinkCheck> _checks = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _linkedFrom = new(StringComparer.Ordinal);

    /// <summary>Every file's problems as last checked.</summary>
    public IEnumerable<Engine.Diagnostic> Problems => _checks.Values.SelectMany(c => c.Problems);

    /// <summary>The files whose links were looked up as <paramref name="target"/>.</summary>
    public IEnumerable<string> LinkingTo(string target) => _linkedFrom.GetValueOrDefault(target) ?? [];

    /// <summary>Drops what was found on the file at <paramref name="path"/>, e.g. before it is checked again or once it is gone.</summary>
    public void Forget(string path)
    {
        if (!_checks.Remove(path, out var before))
        {
            return;
        }

        foreach (var target in before.Targets)
        {
            if (_linkedFrom.TryGetValue(target, out var sources) && sources.Remove(path) && sources.Count == 0)
            {
                _linkedFrom.Remove(target);
            }
        }
    }

    public void Keep(LinkCheck check)
    {
        Forget(check.Path);
        _checks[check.Path] = check;
        foreach (var target in check.Targets)
        {
            if (!_linkedFrom.TryGetValue(target, out var sources))
            {
                _linkedFrom[target] = sources = new(StringComparer.Ordinal);
            }

            sources.Add(check.Path);
        }
    }
}
