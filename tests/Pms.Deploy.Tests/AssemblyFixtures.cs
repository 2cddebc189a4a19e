[assembly: AssemblyFixture(typeof(Pms.Deploy.Tests.RenderedSystem))]
[assembly: AssemblyFixture(typeof(Pms.Deploy.Tests.PublishedManifest))]
