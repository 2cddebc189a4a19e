using Pms.Notifications.Tests.Infrastructure;

[assembly: AssemblyFixture(typeof(PostgresServer))]
