namespace Pms.Deploy.Output;

/// <summary>
/// Replaces the contents of the output folder with the generated files, keeping only the operators'
/// own secrets file, so nothing stale survives a regeneration.
/// </summary>
public static class OutputWriter
{
    public static void Write(string outputDirectory, IEnumerable<OutputFile> files)
    {
        var output = Directory.CreateDirectory(outputDirectory);
        foreach (var entry in output.EnumerateFileSystemInfos())
        {
            if (entry.Name == DeploymentNames.SecretsFile)
            {
                continue;
            }

            if (entry is DirectoryInfo directory)
            {
                directory.Delete(recursive: true);
            }
            else
            {
                entry.Delete();
            }
        }

        foreach (var file in files)
        {
            var path = Path.Combine(output.FullName, file.RelativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, file.Content);
        }
    }
}
