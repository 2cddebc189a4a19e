using Pms.Billing.Tests.Infrastructure;

[assembly: AssemblyFixture(typeof(BillingApp))]
