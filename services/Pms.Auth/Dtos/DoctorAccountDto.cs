namespace Pms.Auth.Dtos;

/// <summary>What staff see of a doctor's account: enough to recognise it and give it a bookable profile.</summary>
public sealed record DoctorAccountDto(Guid Id, string Email, string FirstName, string LastName)
{
    public static DoctorAccountDto From(UserDto user) => new(user.Id, user.Email, user.FirstName, user.LastName);
}
