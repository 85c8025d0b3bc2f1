using KratomArticle.Cli;
using KratomArticle.Reporting;

return KratomCli.Run(args, CliConsole.System);
