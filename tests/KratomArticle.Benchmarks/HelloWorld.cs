namespace KratomArticle.Benchmarks;

/// <summary>The start-up floor: a NativeAOT "hello world" with default settings.</summary>
internal static class HelloWorld
{
    private const string Project = """
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <OutputType>Exe</OutputType>
            <TargetFramework>net10.0</TargetFramework>
            <PublishAot>true</PublishAot>
          </PropertyGroup>
        </Project>
        """;

    /// <returns>The published executable.</returns>
    public static string Publish(string folder) =>
        NativeProgram.Publish(folder, "hello", Project, "System.Console.WriteLine(\"Hello, world\");\n");
}
