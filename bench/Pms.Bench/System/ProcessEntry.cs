namespace Pms.Bench.System;

public sealed record ProcessEntry(int Pid, int ParentPid, string Command);
