using Pms.ServiceDefaults.Phones;
using Pms.Web.Gateway.Models;

namespace Pms.Web.Components.Shared;

/// <summary>A record's details as people read them, each on one line; null when the record has none.</summary>
public static class RecordText
{
    public static string? Phone(string? number) => number is null ? null : E164.Display(number);

    public static string? Address(Address? address) =>
        address is null ? null : Join(address.Line1, address.Line2, address.City, address.Region, address.PostalCode, address.Country);

    public static string? EmergencyContact(EmergencyContact? contact) =>
        contact is null ? null : Join(contact.Name, contact.Relationship, Phone(contact.PhoneNumber));

    public static string? Language(string? tag) => tag is null ? null : Labels.Language(tag);

    private static string? Join(params string?[] parts)
    {
        var text = string.Join(", ", parts.Where(part => !string.IsNullOrWhiteSpace(part)));
        return text.Length == 0 ? null : text;
    }
}
