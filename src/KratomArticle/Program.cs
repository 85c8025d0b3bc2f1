using KratomArticle.Cli;

return KratomCli.Run(args, CliConsole.System);
