namespace Orleans.AsyncHop.Grains; internal static class Placeholder2 { }
