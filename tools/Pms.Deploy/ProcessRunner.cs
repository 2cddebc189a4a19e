using System.Diagnostics;

namespace Pms.Deploy;

/// <summary>Runs a command to completion and returns what it printed; a non-zero exit is an error.</summary>
public static class ProcessRunner
{
    public static string Run(string fileName, IEnumerable<string> arguments, string workingDirectory)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{fileName} did not start.");
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{fileName} {string.Join(' ', start.ArgumentList)} exited with {process.ExitCode}:{Environment.NewLine}{output}{error.Result}");
        }

        return output;
    }
}
