/*
 * <ctg-chart option='{…ECharts option…}' aria-label="…">: an Apache ECharts chart drawn as SVG, redrawn when its
 * "option" attribute changes and resized with its box. Loaded as a classic script (no bundling), after
 * vendor/echarts/echarts.min.js. toDataURL('svg'|'png') gives the picture for reports and downloads.
 */
(function () {
  class CtgChart extends HTMLElement {
    static get observedAttributes() {
      return ['option'];
    }

    connectedCallback() {
      if (!this.hasAttribute('role')) {
        this.setAttribute('role', 'img');
      }
      this.render();
      if (window.ResizeObserver) {
        this.resizeObserver = new ResizeObserver(() => this.chart && this.chart.resize());
        this.resizeObserver.observe(this);
      }
    }

    disconnectedCallback() {
      if (this.resizeObserver) {
        this.resizeObserver.disconnect();
      }
      if (this.chart) {
        this.chart.dispose();
        this.chart = null;
      }
    }

    attributeChangedCallback() {
      this.render();
    }

    render() {
      if (!this.isConnected || !window.echarts) {
        return;
      }
      let option;
      try {
        option = JSON.parse(this.getAttribute('option') || '{}');
      } catch (e) {
        return;
      }
      if (!this.chart) {
        this.chart = window.echarts.init(this, null, { renderer: 'svg' });
      }
      this.chart.setOption(option, true);
    }

    toDataURL(type) {
      return this.chart ? this.chart.getDataURL({ type: type || 'svg', backgroundColor: '#ffffff', pixelRatio: 2 }) : null;
    }
  }

  if (!customElements.get('ctg-chart')) {
    customElements.define('ctg-chart', CtgChart);
  }
})();
