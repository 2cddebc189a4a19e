namespace Pms.Testing.WholeSystem;

/// <summary>
/// Where a local run of the AppHost keeps its data and which loopback ports its infrastructure takes, for the
/// end-to-end tests and the bench alike: a fresh directory and free ports, so that it never meets another run.
/// </summary>
public static class LocalRun
{
    /// <summary>A new directory for the run's data; PostgreSQL runs as its own user when the run is root's, and must reach it.</summary>
    public static DirectoryInfo CreateWorkDirectory(string prefix)
    {
        var directory = Directory.CreateTempSubdirectory(prefix);
        if (!OperatingSystem.IsWindows())
        {
            directory.UnixFileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
                | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
        }

        return directory;
    }

    /// <summary>The AppHost's arguments for a local run whose PostgreSQL and Redis data live in <paramref name="workDirectory"/>, every server on a free port.</summary>
    public static IReadOnlyList<string> Arguments(DirectoryInfo workDirectory) =>
    [
        "--Pms:Infrastructure=Local",
        $"--Pms:Local:DataDirectory={Path.Combine(workDirectory.FullName, "postgres")}",
        $"--Pms:Local:PostgresPort={FreePort.Next()}",
        $"--Pms:Local:RedisDataDirectory={Path.Combine(workDirectory.FullName, "redis")}",
        $"--Pms:Local:RedisPort={FreePort.Next()}",
        $"--Pms:Local:KafkaPort={FreePort.Next()}",
        $"--Pms:Local:SmtpPort={FreePort.Next()}",
        $"--Pms:Local:MailSinkHttpPort={FreePort.Next()}",
        $"--Pms:Local:KafkaBrokerHttpPort={FreePort.Next()}",
        $"--Pms:Local:PaymentsHttpPort={FreePort.Next()}",
    ];
}
