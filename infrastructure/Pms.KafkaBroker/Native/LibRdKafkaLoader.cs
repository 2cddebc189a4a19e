using System.Runtime.InteropServices;

namespace Pms.KafkaBroker.Native;

/// <summary>
/// Finds librdkafka among the native assets of the librdkafka.redist package, trying the same files Confluent.Kafka
/// tries, so both end up with one loaded copy.
/// </summary>
internal static class LibRdKafkaLoader
{
    public static nint Resolve(string libraryName)
    {
        if (libraryName != LibRdKafka.LibraryName)
        {
            return 0;
        }

        foreach (var candidate in Candidates())
        {
            if (NativeLibrary.TryLoad(candidate, out var handle))
            {
                return handle;
            }
        }

        return 0;
    }

    private static IEnumerable<string> Candidates()
    {
        var baseDirectory = AppContext.BaseDirectory;
        var runtimeDirectory = Path.Combine(baseDirectory, "runtimes", RuntimeIdentifier(), "native");
        foreach (var fileName in FileNames())
        {
            yield return Path.Combine(runtimeDirectory, fileName);

            // A RID-specific publish puts the native assets next to the app instead.
            yield return Path.Combine(baseDirectory, fileName);
        }
    }

    private static string RuntimeIdentifier()
    {
        var os = OperatingSystem.IsWindows() ? "win" : OperatingSystem.IsMacOS() ? "osx" : "linux";
        return $"{os}-{RuntimeInformation.ProcessArchitecture.ToString().ToLowerInvariant()}";
    }

    private static string[] FileNames()
    {
        if (OperatingSystem.IsWindows())
        {
            return ["librdkafka.dll"];
        }

        if (OperatingSystem.IsMacOS())
        {
            return ["librdkafka.dylib"];
        }

        // The generic build needs libsasl2.so.3; the CentOS 8 build is the fallback where that is missing (Debian).
        return ["librdkafka.so", "centos8-librdkafka.so"];
    }
}
