namespace Pms.Deploy.Tests;

/// <summary>A service with several replicas keeps one serving through a node drain, and spreads them over the nodes.</summary>
public sealed class AvailabilityTests(RenderedSystem system)
{
    private IEnumerable<V1Deployment> Replicated =>
        system.OfKind<V1Deployment>().Where(deployment => MinimumReplicas(deployment) >= 2);

    [Fact]
    public void EveryServiceRunsAtLeastTwoReplicas()
    {
        Assert.Equal(
            [ResourceNames.Audit, ResourceNames.Auth, ResourceNames.Billing, ResourceNames.Gateway, ResourceNames.Notifications, ResourceNames.Patients,
                ResourceNames.Web],
            Replicated.Select(deployment => deployment.Metadata.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void EveryDeploymentWithSeveralReplicasHasADisruptionBudgetKeepingOneUp()
    {
        var budgets = system.OfKind<V1PodDisruptionBudget>().ToList();
        Assert.All(Replicated, deployment =>
        {
            var budget = Assert.Single(budgets, budget =>
                budget.Spec.Selector.MatchLabels.All(label => deployment.Spec.Template.Metadata.Labels.TryGetValue(label.Key, out var value) && value == label.Value));
            Assert.Equal("1", budget.Spec.MinAvailable.Value);
            Assert.Null(budget.Spec.MaxUnavailable);
        });
    }

    [Fact]
    public void ReplicasSpreadOverNodesWithoutRefusingASingleNode()
    {
        Assert.All(Replicated, deployment =>
        {
            var spread = Assert.Single(deployment.Spec.Template.Spec.TopologySpreadConstraints);
            Assert.Equal("kubernetes.io/hostname", spread.TopologyKey);
            Assert.Equal("ScheduleAnyway", spread.WhenUnsatisfiable);
            Assert.Equal(deployment.Spec.Selector.MatchLabels, spread.LabelSelector.MatchLabels);
        });
    }

    private int MinimumReplicas(V1Deployment deployment) =>
        system.OfKind<V2HorizontalPodAutoscaler>().SingleOrDefault(autoscaler => autoscaler.Spec.ScaleTargetRef.Name == deployment.Metadata.Name)?.Spec.MinReplicas
        ?? deployment.Spec.Replicas
        ?? 1;
}
