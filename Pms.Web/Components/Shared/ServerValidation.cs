using System.Reflection;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Pms.Web.Gateway;

namespace Pms.Web.Components.Shared;

/// <summary>Shows a validation problem from the gateway next to the form fields it names.</summary>
public sealed class ServerValidation : ComponentBase, IDisposable
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
            var property = FindProperty(editContext.Model, field);
            if (property is null)
            {
                unmatched.AddRange(messages);
                continue;
            }

            _messages!.Add(new FieldIdentifier(editContext.Model, property.Name), messages);
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

    /// <summary>"emergencyContact.phoneNumber" finds EmergencyContactPhoneNumber, else PhoneNumber; "address.city" finds City.</summary>
    private static PropertyInfo? FindProperty(object model, string field)
    {
        const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase;
        return model.GetType().GetProperty(field.Replace(".", "", StringComparison.Ordinal), flags)
            ?? model.GetType().GetProperty(field[(field.LastIndexOf('.') + 1)..], flags);
    }

    private void ClearAll(object? sender, ValidationRequestedEventArgs args) => _messages?.Clear();

    private void ClearField(object? sender, FieldChangedEventArgs args) => _messages?.Clear(args.FieldIdentifier);
}
