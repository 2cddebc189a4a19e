using Pms.Bench.Load;

namespace Pms.Bench.Reporting;

public sealed record StepTable(string Title, IReadOnlyList<StepResult> Steps);
