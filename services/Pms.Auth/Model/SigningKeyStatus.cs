namespace Pms.Auth.Model;

/// <summary>
/// A key is published as <see cref="Next"/> before it signs, so every verifier knows it when a rotation makes it
/// <see cref="Current"/>; the key it replaces stays published as <see cref="Previous"/> until the next rotation.
/// </summary>
public enum SigningKeyStatus
{
    Next,
    Current,
    Previous,
}
