using Pms.Billing.Model;

namespace Pms.Billing.Tests;

/// <summary>The arithmetic of a bill split between the payer and the patient.</summary>
public sealed class InsuranceSplitTests
{
    [Fact]
    public void EachLinesShareIsRoundedOnceAndTheSharesAddUpExactly()
    {
        var shares = InsuranceSplit.LineShares([("LAB-A", 10.01m), ("LAB-B", 20.03m), (null, 0.05m)], 30.09m, Rule(80m), 0m);

        Assert.Equal([8.01m, 16.02m, 0.04m], shares);
    }

    [Fact]
    public void ThePatientPaysTheCoPayBeforeThePayerPaysAnythingTakenFromTheLastLinesFirst()
    {
        var shares = InsuranceSplit.LineShares([("A", 60m), ("B", 40m)], 100m, Rule(80m, coPay: 30m), 0m);

        Assert.Equal([48m, 22m], shares);
        Assert.Equal(70m, shares.Sum());
    }

    [Fact]
    public void ABillSmallerThanTheCoPayIsThePatientsAlone()
    {
        Assert.Equal([0m], InsuranceSplit.LineShares([("A", 15m)], 15m, Rule(100m, coPay: 20m), 0m));
    }

    [Fact]
    public void AnExcludedCodeIsNeverCoveredWhateverItsCase()
    {
        var rule = Rule(90m);
        rule.ExcludedCodes = ["PHARM-VIT"];

        Assert.Equal([0m, 45m], InsuranceSplit.LineShares([("pharm-vit", 20m), ("PHARM-ABX", 50m)], 70m, rule, 0m));
    }

    [Theory]
    [InlineData(0, 80)]
    [InlineData(450, 50)]
    [InlineData(500, 0)]
    [InlineData(650, 0)]
    public void TheYearlyCapCountsWhatThePayerTookOnBefore(decimal usedThisYear, decimal expected)
    {
        var rule = Rule(80m);
        rule.YearlyCap = 500m;

        Assert.Equal(expected, InsuranceSplit.LineShares([("A", 100m)], 100m, rule, usedThisYear).Sum());
    }

    [Fact]
    public void ADiscountLowersThePatientsShareNotThePayers()
    {
        // Lines of 100, a discount of 10: the payer pays 80% of the lines as priced, the patient the rest of the 90.
        Assert.Equal([80m], InsuranceSplit.LineShares([("A", 100m)], 90m, Rule(80m), 0m));
    }

    [Fact]
    public void WhateverTheBillTheSharesStayWithinTheLinesTheTotalLessCoPayAndTheCap()
    {
        var random = new Random(20261207);
        for (var trial = 0; trial < 2_000; trial++)
        {
            var lines = Enumerable.Range(0, random.Next(1, 8)).Select(index => ((string?)$"C{index}", random.Next(0, 100_000) / 100m)).ToList();
            var total = Math.Max(0m, lines.Sum(line => line.Item2) - random.Next(0, 2_000) / 100m);
            var rule = Rule(random.Next(0, 10_001) / 100m, coPay: random.Next(0, 5_000) / 100m);
            rule.YearlyCap = random.Next(2) == 0 ? null : random.Next(1, 200_000) / 100m;
            var used = random.Next(0, 100_000) / 100m;

            var shares = InsuranceSplit.LineShares(lines, total, rule, used);

            Assert.All(shares.Zip(lines), pair => Assert.InRange(pair.First, 0m, pair.Second.Item2));
            Assert.All(shares, share => Assert.Equal(Math.Round(share, 2), share));
            Assert.True(shares.Sum() <= Math.Max(0m, total - rule.CoPay), $"trial {trial}: {shares.Sum()} over the total less co-pay");
            Assert.True(rule.YearlyCap is not { } cap || shares.Sum() <= Math.Max(0m, cap - used), $"trial {trial}: over the cap");
        }
    }

    private static CoverageRule Rule(decimal percent, decimal coPay = 0m) =>
        new() { PayerCode = "NW", BillType = BillType.Laboratory, CoveredPercent = percent, CoPay = coPay };
}
