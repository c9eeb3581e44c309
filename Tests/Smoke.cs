namespace Orleans.AsyncHop.Tests; public class SmokeTests { [Xunit.Fact] public void A() { } }
