using MudBlazor;

namespace Pms.Web.Components.Layout;

public static class PmsTheme
{
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#0b6e79",
            Secondary = "#2f4858",
            AppbarBackground = "#0b6e79",

            // Darker than MudBlazor's defaults so that text in these colours keeps a 4.5:1 contrast (WCAG AA).
            Success = "#1b5e20",
            Info = "#0d47a1",
            Warning = "#8a4b00",
            Error = "#b3261e",
        },
    };
}
