namespace Pms.Deploy.Containers;

/// <summary>A service's database, the role that owns it and the secret key of that role's password.</summary>
public sealed record OwnedDatabase(string Name, string Role, string PasswordParameter);
