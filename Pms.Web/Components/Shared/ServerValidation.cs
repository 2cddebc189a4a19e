using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Pms.Web.Gateway;

namespace Pms.Web.Components.Shared;

/// <summary>Shows a validation problem from the gateway next to the form fields it names.</summary>
public sealed partial class ServerValidation : ComponentBase, IDisposable
{
    private ValidationMessageStore? _messages;

    [CascadingParameter]
    public EditContext? EditContext { get; set; }

    protected override void OnInitialized()
    {
        var editContext = EditContext ?? throw new InvalidOperationException($"{nameof(ServerValidation)} belongs inside an EditForm.");
        _messages = new ValidationMessageStore(editContext);
        editContext.OnValidationRequested += ClearAll;
        editContext.OnFieldChanged += ClearField;
    }

    /// <summary>Puts each field error next to its field and returns the messages that name no field of the form.</summary>
    public IReadOnlyList<string> Show(ApiProblemException problem)
    {
        var editContext = EditContext!;
        var unmatched = new List<string>();
        foreach (var (field, messages) in problem.Errors)
        {
            if (FindField(editContext.Model, field) is not { } found)
            {
                unmatched.AddRange(messages);
                continue;
            }

            _messages!.Add(found, messages);
        }

        editContext.NotifyValidationStateChanged();
        return unmatched;
    }

    public void Dispose()
    {
        if (EditContext is not null)
        {
            EditContext.OnValidationRequested -= ClearAll;
            EditContext.OnFieldChanged -= ClearField;
        }
    }

    /// <summary>"identifiers[1].value" finds the Value of the model's second identifier; other names, a property of the model.</summary>
    private static FieldIdentifier? FindField(object model, string field)
    {
        if (ItemField().Match(field) is not { Success: true } item)
        {
            return FindProperty(model, field) is { } property ? new FieldIdentifier(model, property.Name) : null;
        }

        return FindProperty(model, item.Groups["list"].Value)?.GetValue(model) is IList list
            && int.TryParse(item.Groups["index"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < list.Count
            && list[index] is { } element && FindProperty(element, item.Groups["field"].Value) is { } elementProperty
                ? new FieldIdentifier(element, elementProperty.Name)
                : null;
    }

    /// <summary>"emergencyContact.phoneNumber" finds EmergencyContactPhoneNumber, else PhoneNumber; "address.city" finds City.</summary>
    private static PropertyInfo? FindProperty(object model, string field)
    {
        const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase;
        return model.GetType().GetProperty(field.Replace(".", "", StringComparison.Ordinal), flags)
            ?? model.GetType().GetProperty(field[(field.LastIndexOf('.') + 1)..], flags);
    }

    [GeneratedRegex(@"^(?<list>\w+)\[(?<index>\d+)\]\.(?<field>\w+)$")]
    private static partial Regex ItemField();

    private void ClearAll(object? sender, ValidationRequestedEventArgs args) => _messages?.Clear();

    private void ClearField(object? sender, FieldChangedEventArgs args) => _messages?.Clear(args.FieldIdentifier);
}
