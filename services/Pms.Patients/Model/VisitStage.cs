namespace Pms.Patients.Model;

/// <summary>Where a checked-in patient is in the day's flow; Done and Left close the visit.</summary>
public enum VisitStage
{
    Waiting,
    InConsultation,
    AtCashier,
    Done,

    /// <summary>The patient went home before the doctor called them.</summary>
    Left,
}
