using Pms.Billing.Model;

namespace Pms.Billing.Tests;

/// <summary>The arithmetic of a bill split between the payer and the patient.</summary>
public sealed class InsuranceSplitTests
{
    [Fact]
    public void EachLinesShareIsRoundedOnceAndTheSharesAddUpExactly()
    {
        var shares = InsuranceSplit.LineShares([("LAB-A", 10.01m), ("LAB-B", 20.03m), (null, 0.05m)], 0m, Rule(80m), 0m);

        Assert.Equal([8.01m, 16.02m, 0.04m], shares);
    }

    [Fact]
    public void ThePatientPaysTheCoPayFirstAndThePayerItsPercentageOfTheRest()
    {
        // 100 with a 30 co-pay: the payer pays 80% of the 70 left, 56; the patient 30 + 14.
        var shares = InsuranceSplit.LineShares([("A", 60m), ("B", 40m)], 0m, Rule(80m, coPay: 30m), 0m);

        Assert.Equal([24m, 32m], shares);
    }

    [Fact]
    public void ABillSmallerThanTheCoPayIsThePatientsAlone()
    {
        Assert.Equal([0m], InsuranceSplit.LineShares([("A", 15m)], 0m, Rule(100m, coPay: 20m), 0m));
    }

    [Fact]
    public void AnExcludedCodeIsNeverCoveredWhateverItsCaseAndTakesNoCoPay()
    {
        var rule = Rule(90m, coPay: 10m);
        rule.ExcludedCodes = ["PHARM-VIT"];

        Assert.Equal([0m, 36m], InsuranceSplit.LineShares([("pharm-vit", 20m), ("PHARM-ABX", 50m)], 0m, rule, 0m));
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

        Assert.Equal(expected, InsuranceSplit.LineShares([("A", 100m)], 0m, rule, usedThisYear).Sum());
    }

    [Fact]
    public void ADiscountIsSharedByPayerAndPatientInProportionAndNeverPaysForAnExcludedItem()
    {
        var rule = Rule(100m);
        rule.ExcludedCodes = ["LAB-A"];

        // 100 less 10: the payer pays 80% of the 90; half off two lines of 50: the payer pays the covered line's 25.
        Assert.Equal([72m], InsuranceSplit.LineShares([("A", 100m)], 10m, Rule(80m), 0m));
        Assert.Equal([0m, 25m], InsuranceSplit.LineShares([("LAB-A", 50m), ("LAB-B", 50m)], 50m, rule, 0m));
    }

    [Fact]
    public void RoundingEachLineNeverMakesThePayerPayMoreThanTheDiscountedLines()
    {
        // Each line is 0.99666... after the discount and rounds to 1.00; the payer may pay 2.99, no more.
        Assert.Equal([1.00m, 1.00m, 0.99m], InsuranceSplit.LineShares([("A", 1m), ("B", 1m), ("C", 1m)], 0.01m, Rule(100m), 0m));
    }

    [Fact]
    public void WhateverTheBillTheSharesStayWithinTheLinesTheDiscountedBillLessCoPayAndTheCap()
    {
        var random = new Random(20261207);
        for (var trial = 0; trial < 2_000; trial++)
        {
            var lines = Enumerable.Range(0, random.Next(1, 8)).Select(index => ((string?)$"C{index}", random.Next(0, 100_000) / 100m)).ToList();
            var subtotal = lines.Sum(line => line.Item2);
            var discount = Math.Min(subtotal, random.Next(0, 2_000) / 100m);
            var rule = Rule(random.Next(0, 10_001) / 100m, coPay: random.Next(0, 5_000) / 100m);
            rule.YearlyCap = random.Next(2) == 0 ? null : random.Next(1, 200_000) / 100m;
            var used = random.Next(0, 100_000) / 100m;

            var shares = InsuranceSplit.LineShares(lines, discount, rule, used);

            Assert.All(shares.Zip(lines), pair => Assert.InRange(pair.First, 0m, pair.Second.Item2));
            Assert.All(shares, share => Assert.Equal(Math.Round(share, 2), share));
            Assert.True(shares.Sum() <= Math.Max(0m, subtotal - discount - rule.CoPay), $"trial {trial}: {shares.Sum()} over the discounted lines less co-pay");
            Assert.True(rule.YearlyCap is not { } cap || shares.Sum() <= Math.Max(0m, cap - used), $"trial {trial}: over the cap");
        }
    }

    private static CoverageRule Rule(decimal percent, decimal coPay = 0m) =>
        new() { PayerCode = "NW", BillType = BillType.Laboratory, CoveredPercent = percent, CoPay = coPay };
}
