using System.Diagnostics;
using System.Globalization;
using KratomArticle.Testing;

namespace KratomArticle.Benchmarks;

/// <summary>
/// Runs a program as a fresh process and measures it: wall time from start to exit, and peak resident memory through
/// GNU time (<c>/usr/bin/time</c>) when it is installed.
/// </summary>
internal static class TimedProcess
{
    private const string GnuTime = "/usr/bin/time";

    public static bool MeasuresMemory => File.Exists(GnuTime);

    /// <returns>The wall time in milliseconds and the peak resident set in bytes (<see langword="null"/> without GNU time).</returns>
    public static (double Milliseconds, long? PeakBytes) Run(string program, params string[] args) => Run(MeasuresMemory, program, args);

    /// <summary>The wall time alone, in milliseconds, without GNU time's process in between: for start-up, where it would count.</summary>
    public static double Time(string program, params string[] args) => Run(measureMemory: false, program, args).Milliseconds;

    private static (double Milliseconds, long? PeakBytes) Run(bool measureMemory, string program, string[] args)
    {
        var memoryFile = measureMemory ? Path.GetTempFileName() : null;
        var start = new ProcessStartInfo(memoryFile is null ? program : GnuTime) { RedirectStandardOutput = true, RedirectStandardError = true };
        if (memoryFile is not null)
        {
            foreach (var arg in (string[])["-f", "%M", "-o", memoryFile, program])
            {
                start.ArgumentList.Add(arg);
            }
        }

        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} could not be started.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        var elapsed = clock.Elapsed.TotalMilliseconds;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', args)} exited with {process.ExitCode}:\n{output.Result}{error.Result}");
        }

        long? peak = null;
        if (memoryFile is not null)
        {
            var kilobytes = File.ReadAllLines(memoryFile).LastOrDefault(line => line.Length > 0 && char.IsAsciiDigit(line[0]));
            peak = kilobytes is null ? null : long.Parse(kilobytes, CultureInfo.InvariantCulture) * 1024;
            File.Delete(memoryFile);
        }

        return (elapsed, peak);
    }

    /// <summary>Whether <paramref name="program"/> is on the PATH.</summary>
    public static bool IsInstalled(string program) => ExecutablePath.OnPath(program) is not null;
}
