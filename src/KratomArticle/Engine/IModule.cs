namespace KratomArticle.Engine;

/// <summary>One step of the site pipeline: it turns its input into its output and reports content problems on the context.</summary>
internal interface IModule<in TIn, out TOut>
{
    TOut Run(TIn input, BuildContext context);
}
