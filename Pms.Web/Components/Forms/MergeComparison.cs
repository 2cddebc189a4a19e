using Pms.Web.Gateway.Models;

namespace Pms.Web.Components.Forms;

/// <summary>Two records of one person compared detail by detail, with the choices of what the surviving record keeps.</summary>
public sealed class MergeComparison
{
    /// <param name="takenFromDuplicate">The details whose duplicate value was chosen before, kept when the records are compared again.</param>
    public MergeComparison(Patient survivor, Patient duplicate, IReadOnlyList<MergeField> fields, IEnumerable<string>? takenFromDuplicate = null)
    {
        Survivor = survivor;
        Duplicate = duplicate;
        var taken = takenFromDuplicate?.ToHashSet() ?? [];
        Rows = [.. fields.Select(field => new MergeRow(field, field.Read(survivor), field.Read(duplicate)) { TakeFromDuplicate = taken.Contains(field.Name) })];
    }

    public Patient Survivor { get; }

    public Patient Duplicate { get; }

    public IReadOnlyList<MergeRow> Rows { get; }

    /// <summary>The merge as compared: the versions of the records shown, so that a record changed since is not merged unseen.</summary>
    public MergeRequest Request() => new(
        Duplicate.Id, [.. Rows.Where(row => row.OffersChoice && row.TakeFromDuplicate).Select(row => row.Field.Name)], Survivor.Version, Duplicate.Version);
}
