namespace Pms.Contracts.Audit;

/// <summary>What an audited access did.</summary>
public static class AuditActions
{
    public const string Read = nameof(Read);
    public const string Search = nameof(Search);
    public const string Create = nameof(Create);
    public const string Update = nameof(Update);
    public const string Delete = nameof(Delete);
    public const string Download = nameof(Download);
    public const string Export = nameof(Export);
    public const string Login = nameof(Login);
    public const string LoginFailed = nameof(LoginFailed);
    public const string Logout = nameof(Logout);
    public const string RoleChanged = nameof(RoleChanged);
    public const string Lock = nameof(Lock);
    public const string Unlock = nameof(Unlock);
    public const string PasswordChanged = nameof(PasswordChanged);
    public const string MfaChanged = nameof(MfaChanged);
}
