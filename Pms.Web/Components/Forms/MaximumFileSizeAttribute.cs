using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Components.Forms;

namespace Pms.Web.Components.Forms;

/// <summary>Refuses a chosen file larger than <paramref name="bytes"/> before any of it is sent.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class MaximumFileSizeAttribute(long bytes) : ValidationAttribute
{
    public long Bytes { get; } = bytes;

    public override bool IsValid(object? value) => value is not IBrowserFile file || file.Size <= Bytes;
}
