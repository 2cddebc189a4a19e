using System.Diagnostics;
using Pms.Contracts;
using Pms.Deploy;

namespace Pms.Testing;

/// <summary>
/// A service loads its Wolverine message handlers from code generated ahead of time and committed under the service's
/// <c>Internal/Generated</c> folder, so that no running service carries a compiler. This runs the service's own
/// <c>codegen write</c> command into a scratch folder and tells what the committed files lack
/// (<c>tools/scripts/generate-message-handlers.sh</c> writes them).
/// </summary>
public static class PregeneratedMessageHandlers
{
    private const string GeneratedFolder = "Internal/Generated";

    /// <returns>One line per generated file that is missing, stale or no longer generated; none when the committed code is current.</returns>
    public static async Task<IReadOnlyList<string>> DifferencesForAsync(string serviceProject, CancellationToken cancellationToken)
    {
        var projectFolder = Path.Combine(RepositoryRoot.Find(AppContext.BaseDirectory), "services", serviceProject);
        var scratch = Directory.CreateTempSubdirectory("pms-generated-handlers-");
        try
        {
            foreach (var settings in Directory.EnumerateFiles(projectFolder, "appsettings*.json"))
            {
                File.Copy(settings, Path.Combine(scratch.FullName, Path.GetFileName(settings)));
            }

            await GenerateAsync(serviceProject, scratch.FullName, cancellationToken);
            var rendered = FilesUnder(Path.Combine(scratch.FullName, GeneratedFolder));
            if (rendered.Count == 0)
            {
                throw new InvalidOperationException($"{serviceProject} generated no code: nothing would be checked.");
            }

            var committed = FilesUnder(Path.Combine(projectFolder, GeneratedFolder));
            string[] differences =
            [
                .. rendered.Where(file => !committed.ContainsKey(file.Key)).Select(file => $"missing: {file.Key}"),
                .. rendered.Where(file => committed.TryGetValue(file.Key, out var text) && text != file.Value).Select(file => $"stale: {file.Key}"),
                .. committed.Keys.Where(path => !rendered.ContainsKey(path)).Select(path => $"no longer generated: {path}"),
            ];
            return [.. differences.Select(difference => $"{difference} (run tools/scripts/generate-message-handlers.sh)")];
        }
        finally
        {
            scratch.Delete(recursive: true);
        }
    }

    /// <summary>As <c>tools/scripts/generate-message-handlers.sh</c> runs it, into <paramref name="contentRoot"/>.</summary>
    private static async Task GenerateAsync(string serviceProject, string contentRoot, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = contentRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["ASPNETCORE_CONTENTROOT"] = contentRoot,
                ["DOTNET_ENVIRONMENT"] = "Production",
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
            },
        };
        start.ArgumentList.Add(ServiceAssembly(serviceProject));
        start.ArgumentList.Add("codegen");
        start.ArgumentList.Add("write");
        foreach (var resource in new[]
                 {
                     ResourceNames.AuthDatabase, ResourceNames.PatientDatabase, ResourceNames.BillingDatabase, ResourceNames.NotificationDatabase,
                     ResourceNames.AuditDatabase,
                 })
        {
            start.Environment[$"ConnectionStrings__{resource}"] = "Host=127.0.0.1;Port=9;Database=unused;Username=unused";
        }

        start.Environment[$"ConnectionStrings__{ResourceNames.Kafka}"] = "127.0.0.1:9";
        start.Environment[$"ConnectionStrings__{ResourceNames.Redis}"] = "127.0.0.1:9";
        start.Environment[$"ConnectionStrings__{ResourceNames.Mail}"] = "smtp://127.0.0.1:9";

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{serviceProject} codegen write exited with {process.ExitCode}:\n{await output}\n{await errors}");
        }
    }

    /// <summary>The service as built beside these tests, in the same configuration.</summary>
    private static string ServiceAssembly(string serviceProject)
    {
        var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = testOutput.Name;
        var configuration = testOutput.Parent!.Name;
        var root = RepositoryRoot.Find(AppContext.BaseDirectory);
        return Path.Combine(root, "services", serviceProject, "bin", configuration, framework, serviceProject + ".dll");
    }

    private static Dictionary<string, string> FilesUnder(string folder) =>
        Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
                .ToDictionary(file => Path.GetRelativePath(folder, file).Replace('\\', '/'), File.ReadAllText, StringComparer.Ordinal)
            : [];
}
