using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Pms.Web.Gateway.Models;

namespace Pms.Web.Components.Forms;

/// <summary>
/// Checks a form's identifiers against the hospital's kinds, next to each identifier's fields. Data annotations cannot:
/// the formats are configuration, and the identifiers are a list inside the form's model.
/// </summary>
public sealed class IdentifierValidation : ComponentBase, IDisposable
{
    private ValidationMessageStore? _messages;

    [CascadingParameter]
    public EditContext? EditContext { get; set; }

    [Parameter, EditorRequired]
    public IList<IdentifierModel> Identifiers { get; set; } = [];

    [Parameter, EditorRequired]
    public IReadOnlyList<IdentifierType> Kinds { get; set; } = [];

    protected override void OnInitialized()
    {
        var editContext = EditContext ?? throw new InvalidOperationException($"{nameof(IdentifierValidation)} belongs inside an EditForm.");
        _messages = new ValidationMessageStore(editContext);
        editContext.OnValidationRequested += CheckAll;
        editContext.OnFieldChanged += CheckChanged;
    }

    public void Dispose()
    {
        if (EditContext is not null)
        {
            EditContext.OnValidationRequested -= CheckAll;
            EditContext.OnFieldChanged -= CheckChanged;
        }
    }

    private void CheckAll(object? sender, ValidationRequestedEventArgs args)
    {
        _messages!.Clear();
        for (var index = 0; index < Identifiers.Count; index++)
        {
            Check(index, checkBlankValue: true);
        }
    }

    /// <summary>A changed kind changes the format its value must have, so both fields of the identifier are checked again.</summary>
    private void CheckChanged(object? sender, FieldChangedEventArgs args)
    {
        var index = args.FieldIdentifier.Model is IdentifierModel changed ? Identifiers.IndexOf(changed) : -1;
        if (index < 0)
        {
            return;
        }

        var identifier = Identifiers[index];
        _messages!.Clear(new FieldIdentifier(identifier, nameof(IdentifierModel.Type)));
        _messages.Clear(new FieldIdentifier(identifier, nameof(IdentifierModel.Value)));
        Check(index, checkBlankValue: args.FieldIdentifier.FieldName == nameof(IdentifierModel.Value));
        EditContext!.NotifyValidationStateChanged();
    }

    /// <param name="checkBlankValue">False while a kind has just been chosen and its value is still to be typed.</param>
    private void Check(int index, bool checkBlankValue)
    {
        var identifier = Identifiers[index];
        if (identifier.TypeProblem(Kinds, Identifiers.Take(index)) is { } typeProblem)
        {
            _messages!.Add(new FieldIdentifier(identifier, nameof(IdentifierModel.Type)), typeProblem);
        }

        if ((checkBlankValue || identifier.Value.Length > 0) && identifier.ValueProblem(Kinds) is { } valueProblem)
        {
            _messages!.Add(new FieldIdentifier(identifier, nameof(IdentifierModel.Value)), valueProblem);
        }
    }
}
