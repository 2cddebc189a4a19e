namespace Pms.Bench.System;

/// <summary>Common first and last names, so generated patients and searches look like a hospital's.</summary>
public static class PatientNames
{
    public static IReadOnlyList<string> First { get; } =
    [
        "Mary", "James", "Patricia", "John", "Jennifer", "Robert", "Linda", "Michael", "Elizabeth", "William",
        "Barbara", "David", "Susan", "Richard", "Jessica", "Joseph", "Sarah", "Thomas", "Karen", "Charles",
        "Nancy", "Christopher", "Lisa", "Daniel", "Margaret", "Matthew", "Sandra", "Anthony", "Ashley", "Mark",
        "Amina", "Mohammed", "Wei", "Priya", "Olga", "Kenji", "Fatima", "Carlos", "Ana", "Luis",
    ];

    public static IReadOnlyList<string> Last { get; } =
    [
        "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez",
        "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin",
        "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark", "Ramirez", "Lewis", "Robinson",
        "Okafor", "Nguyen", "Kowalski", "Yamamoto", "Haddad", "Novak", "Petrov", "Mensah", "Silva", "Kaur",
    ];
}
