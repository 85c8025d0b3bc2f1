using System.CommandLine;
using KratomArticle.NewSite;
using KratomArticle.Reporting;

namespace KratomArticle.Cli;

/// <summary><c>init [DIR]</c>: starts a new site that builds and checks clean, and never overwrites a file.</summary>
internal sealed class InitCommand
{
    private readonly Argument<string?> _folder = new("DIR")
    {
        Description = "The folder to start the site in; made if it does not exist [default: the current folder]",
        Arity = ArgumentArity.ZeroOrOne,
    };

    public static Command Create(CliConsole console)
    {
        var command = new Command("init", "Start a new site: content/site.yml, content/index.md, content/01-first-section.md and a .gitignore for output/. Overwrites nothing");
        var init = new InitCommand();
        command.Arguments.Add(init._folder);
        command.SetAction(result => CommandRunner.Run(console, () => init.Execute(result, console)));
        return command;
    }

    private int Execute(ParseResult result, CliConsole console)
    {
        var root = Path.GetFullPath(result.GetValue(_folder) ?? ".", console.WorkingDirectory);
        var files = NewSiteFiles.For(DateOnly.FromDateTime(DateTime.Now));
        if (files.FirstOrDefault(f => Path.Exists(Path.Combine(root, f.Path))) is { Path: { } existing })
        {
            throw new UsageException($"{Path.Combine(root, existing)} already exists; init writes nothing over a site. Choose an empty folder.");
        }

        foreach (var (path, text) in files)
        {
            var target = Path.Combine(root, path);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllText(target, text);
        }

        var shownRoot = Path.GetRelativePath(console.WorkingDirectory, root);
        console.Out.WriteLine($"Started a new site in {(shownRoot == "." ? "this folder" : shownRoot)}:");
        foreach (var (path, _) in files)
        {
            console.Out.WriteLine($"  {path}");
        }

        var rootOption = shownRoot == "." ? "" : $" --root {Quoted(shownRoot)}";
        console.Out.WriteLine();
        console.Out.WriteLine("Next:");
        console.Out.WriteLine($"  kratom preview{rootOption}   write in content/ and see each save at http://localhost:5080");
        console.Out.WriteLine($"  kratom build{rootOption}     make the site in output/, ready for any static host");
        return ExitCodes.Success;
    }

    private static string Quoted(string path) => path.Contains(' ', StringComparison.Ordinal) ? $"\"{path}\"" : path;
}
