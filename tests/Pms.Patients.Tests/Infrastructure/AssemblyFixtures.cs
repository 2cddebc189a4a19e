using Pms.Patients.Tests.Infrastructure;

[assembly: AssemblyFixture(typeof(PatientsApp))]
