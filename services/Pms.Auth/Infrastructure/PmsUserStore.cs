using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Pms.Auth.Model;

namespace Pms.Auth.Infrastructure;

/// <summary>
/// Identity's store without its own SaveChanges calls: the caller saves an account change
/// together with the events it publishes, in one transaction through the outbox.
/// </summary>
public sealed class PmsUserStore : UserStore<PmsUser, IdentityRole<Guid>, AuthDbContext, Guid>
{
    public PmsUserStore(AuthDbContext context, IdentityErrorDescriber? describer = null)
        : base(context, describer)
    {
        AutoSaveChanges = false;
    }

    /// <summary>
    /// Several changes to one account may happen before the caller saves. The base store's
    /// Update re-attaches the entity, which would take its unsaved concurrency stamp as the
    /// original and make the final save fail; a tracked account only gets a new stamp.
    /// </summary>
    public override Task<IdentityResult> UpdateAsync(PmsUser user, CancellationToken cancellationToken = default)
    {
        var entry = Context.Entry(user);
        if (entry.State == EntityState.Detached)
        {
            return base.UpdateAsync(user, cancellationToken);
        }

        user.ConcurrencyStamp = Guid.NewGuid().ToString();
        if (entry.State == EntityState.Unchanged)
        {
            entry.State = EntityState.Modified;
        }

        return Task.FromResult(IdentityResult.Success);
    }
}
