using Pms.Deploy;
using Pms.Deploy.Images;
using Pms.Deploy.Manifest;
using Pms.Deploy.Output;

// dotnet run --project tools/Pms.Deploy [-- --manifest aspire-manifest.json] [--output aspirate-output]
var root = RepositoryRoot.Find(Directory.GetCurrentDirectory());
var manifestPath = Option("--manifest");
var output = Path.GetFullPath(Option("--output") ?? Path.Combine(root, "aspirate-output"));

var manifest = manifestPath is null
    ? new AppHostManifestPublisher(root).Publish(build: true, configuration: "Debug")
    : ManifestReader.Read(manifestPath);
var files = new AspirateOutputGenerator(new ProjectImageResolver(root).Resolve).Generate(manifest);
OutputWriter.Write(output, files);
Console.WriteLine($"Wrote {files.Count} files to {output}.");

string? Option(string name)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}
