namespace Pms.Web.Gateway.Models;

public static class VisitStages
{
    public const string Waiting = "Waiting";
    public const string InConsultation = "InConsultation";
    public const string AtCashier = "AtCashier";
    public const string Done = "Done";
    public const string Left = "Left";
}
