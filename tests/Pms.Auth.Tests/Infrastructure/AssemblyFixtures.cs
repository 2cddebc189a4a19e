using Pms.Auth.Tests.Infrastructure;

[assembly: AssemblyFixture(typeof(AuthApp))]
