namespace Pms.EndToEnd.Tests;

public static class EndToEnd
{
    /// <summary>
    /// Each journey fails after this long instead of hanging the run: three times the slowest one's
    /// own patience (a fee left pending while billing is down is charged within a minute).
    /// </summary>
    public const int TestTimeoutSeconds = 180;
}
