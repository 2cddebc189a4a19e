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
    /// An account created in this unit of work is still to be inserted; the base store's Update
    /// would turn that insert into an update of a row that does not exist.
    /// </summary>
    public override Task<IdentityResult> UpdateAsync(PmsUser user, CancellationToken cancellationToken = default)
    {
        if (Context.Entry(user).State == EntityState.Added)
        {
            user.ConcurrencyStamp = Guid.NewGuid().ToString();
            return Task.FromResult(IdentityResult.Success);
        }

        return base.UpdateAsync(user, cancellationToken);
    }
}
