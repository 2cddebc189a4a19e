using k8s.Models;

namespace Pms.Deploy.Workloads;

public static class Probe
{
    public static V1Probe Tcp(string port, int periodSeconds, int failureThreshold) => new()
    {
        TcpSocket = new V1TCPSocketAction { Port = port },
        PeriodSeconds = periodSeconds,
        TimeoutSeconds = 5,
        FailureThreshold = failureThreshold,
    };

    public static V1Probe Http(string path, string port, int periodSeconds, int failureThreshold) => new()
    {
        HttpGet = new V1HTTPGetAction { Path = path, Port = port },
        PeriodSeconds = periodSeconds,
        TimeoutSeconds = 5,
        FailureThreshold = failureThreshold,
    };

    public static V1Probe Command(IList<string> command, int periodSeconds, int failureThreshold) => new()
    {
        Exec = new V1ExecAction { Command = command },
        PeriodSeconds = periodSeconds,
        TimeoutSeconds = 5,
        FailureThreshold = failureThreshold,
    };
}
