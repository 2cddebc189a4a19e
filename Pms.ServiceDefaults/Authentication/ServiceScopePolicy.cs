using Microsoft.AspNetCore.Authorization;
using Pms.Contracts;

namespace Pms.ServiceDefaults.Authentication;

public static class ServiceScopePolicy
{
    /// <summary>A Service token whose scopes include <paramref name="scope"/>; any other caller gets 403.</summary>
    public static AuthorizationPolicyBuilder RequireServiceScope(this AuthorizationPolicyBuilder policy, string scope) =>
        policy.RequireRole(PmsRoles.Service).RequireAssertion(context => context.User.GetScopes().Contains(scope));
}
